namespace Intake.Web;

/// <summary>
/// Where the host listens, finds <c>appsettings.json</c> and keeps its data: the build output, where
/// the one root <c>appsettings.json</c> is copied, whatever folder <c>dotnet run</c> was started from.
/// </summary>
internal static class HostPaths
{
    /// <summary>The Bot Framework's customary local address, unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> say otherwise.</summary>
    public const string DefaultUrls = "http://localhost:3978";

    public static string Urls(IConfiguration configuration)
        => configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : DefaultUrls;

    public static string ContentRoot(string[] args)
    {
        // An explicit --contentRoot wins, as it does for any ASP.NET Core host.
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (string.Equals(args[i], "--contentRoot", StringComparison.OrdinalIgnoreCase))
            {
                return Path.GetFullPath(args[i + 1]);
            }
        }

        return AppContext.BaseDirectory;
    }
}
