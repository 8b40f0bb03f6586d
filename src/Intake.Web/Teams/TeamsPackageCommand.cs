using System.Text.RegularExpressions;

namespace Intake.Web.Teams;

/// <summary>
/// <c>dotnet run --project src/Intake.Web -- teams-package --app-id ID --out FILE [--version 1.0.1]
/// [--name …] [--full-name …] [--developer …] [--website URL] [--privacy URL] [--terms URL] [--domain HOST]…</c>:
/// writes the zip a clinic sideloads into Teams, then exits without starting the host.
/// </summary>
internal static partial class TeamsPackageCommand
{
    public const string Name = "teams-package";

    public static bool IsCommand(string[] args) => args is [Name, ..];

    /// <summary>Writes the package; 0 when written, 2 with one line naming the flag when the arguments are wrong.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (options, problem) = Parse(args[1..]);
        if (problem is not null)
        {
            await error.WriteLineAsync($"teams-package: {problem}");
            return 2;
        }

        await TeamsPackage.WriteAsync(options!, CancellationToken.None);
        await output.WriteLineAsync($"Wrote {options!.OutputPath}: upload it in Teams (Apps > Manage your apps > Upload an app). Change --version on every re-upload.");
        if (options.WebsiteUrl.Host.EndsWith(".example", StringComparison.Ordinal))
        {
            await output.WriteLineAsync("Note: the developer links are placeholders (clinic.example); pass --website, --privacy and --terms with the clinic's own pages.");
        }

        return 0;
    }

    internal static (TeamsPackageOptions? Options, string? Problem) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var domains = new List<string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return (null, $"'{args[i]}' needs a value (flags: --app-id, --out, --version, --name, --full-name, --developer, --website, --privacy, --terms, --domain).");
            }

            if (args[i] == "--domain")
            {
                domains.Add(args[i + 1]);
            }
            else
            {
                values[args[i]] = args[i + 1];
            }
        }

        if (!values.TryGetValue("--app-id", out var appIdText) || !Guid.TryParse(appIdText, out var appId))
        {
            return (null, "--app-id must be the Azure Bot's Microsoft App ID (a GUID).");
        }

        if (!values.TryGetValue("--out", out var output) || string.IsNullOrWhiteSpace(output))
        {
            return (null, "--out must name the zip file to write.");
        }

        var defaults = new TeamsPackageOptions { AppId = appId, OutputPath = output };
        var options = defaults with
        {
            Version = values.GetValueOrDefault("--version", defaults.Version),
            ShortName = values.GetValueOrDefault("--name", defaults.ShortName),
            FullName = values.GetValueOrDefault("--full-name", defaults.FullName),
            DeveloperName = values.GetValueOrDefault("--developer", defaults.DeveloperName),
            ValidDomains = domains,
        };
        foreach (var (flag, set) in new (string, Func<TeamsPackageOptions, Uri, TeamsPackageOptions>)[]
        {
            ("--website", (o, u) => o with { WebsiteUrl = u }),
            ("--privacy", (o, u) => o with { PrivacyUrl = u }),
            ("--terms", (o, u) => o with { TermsOfUseUrl = u }),
        })
        {
            if (!values.TryGetValue(flag, out var text))
            {
                continue;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                return (null, $"{flag} must be an https URL.");
            }

            options = set(options, url);
        }

        return (options, Check(options));
    }

    private static string? Check(TeamsPackageOptions options) => options switch
    {
        _ when !SemVer().IsMatch(options.Version) => "--version must be a version such as 1.0.0 (major.minor.patch).",
        _ when options.ShortName.Length is 0 or > 30 => "--name must be 1 to 30 characters.",
        _ when options.FullName.Length is 0 or > 100 => "--full-name must be 1 to 100 characters.",
        _ when options.DeveloperName.Length is 0 or > 32 => "--developer must be 1 to 32 characters.",
        _ when options.ValidDomains.Any(d => Uri.CheckHostName(d.Replace("*.", string.Empty, StringComparison.Ordinal)) != UriHostNameType.Dns) => "--domain must be a host name such as clinic.example.org.",
        _ => null,
    };

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
