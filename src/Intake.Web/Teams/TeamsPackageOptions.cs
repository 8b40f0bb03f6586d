namespace Intake.Web.Teams;

/// <summary>What goes into the Teams app package, from the <c>teams-package</c> command line.</summary>
internal sealed record TeamsPackageOptions
{
    public required Guid AppId { get; init; }

    public required string OutputPath { get; init; }

    public string Version { get; init; } = "1.0.0";

    public string ShortName { get; init; } = "Intake";

    public string FullName { get; init; } = "Intake: muscle spasm questions";

    public string DeveloperName { get; init; } = "Primary Health Centers";

    public Uri WebsiteUrl { get; init; } = new("https://clinic.example/");

    public Uri PrivacyUrl { get; init; } = new("https://clinic.example/privacy");

    public Uri TermsOfUseUrl { get; init; } = new("https://clinic.example/terms");

    /// <summary>Host names the app loads content from (none for a bot-only app).</summary>
    public IReadOnlyList<string> ValidDomains { get; init; } = [];
}
