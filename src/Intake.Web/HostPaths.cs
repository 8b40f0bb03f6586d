namespace Intake.Web;

/// <summary>
/// Where the host finds <c>appsettings.json</c> and keeps its data: the build output, where the one
/// root <c>appsettings.json</c> is copied, whatever folder <c>dotnet run</c> was started from.
/// </summary>
internal static class HostPaths
{
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
