using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Intake.Web.Teams;

/// <summary>
/// The sideloadable Teams app: a zip with <c>manifest.json</c>, <c>color.png</c> (192×192) and
/// <c>outline.png</c> (32×32, white on transparent) at its root. The manifest's words are data
/// (<c>Teams/teams-manifest.json</c>); this fills in the bot's id and the clinic's details.
/// </summary>
internal static class TeamsPackage
{
    public const string ManifestEntry = "manifest.json";
    public const string ColorIconEntry = "color.png";
    public const string OutlineIconEntry = "outline.png";

    public static async Task WriteAsync(TeamsPackageOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var manifest = await ManifestAsync(options, cancellationToken);
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var file = File.Create(options.OutputPath);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        await AddAsync(zip, ManifestEntry, System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(new() { WriteIndented = true })), cancellationToken);
        await AddAsync(zip, ColorIconEntry, TeamsIcons.Color(), cancellationToken);
        await AddAsync(zip, OutlineIconEntry, TeamsIcons.Outline(), cancellationToken);
    }

    internal static async Task<JsonNode> ManifestAsync(TeamsPackageOptions options, CancellationToken cancellationToken)
    {
        var template = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Teams", "teams-manifest.json"), cancellationToken);
        var manifest = JsonNode.Parse(template)!;
        Fill(manifest, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["appId"] = options.AppId.ToString("D"),
            ["version"] = options.Version,
            ["shortName"] = options.ShortName,
            ["fullName"] = options.FullName,
            ["developerName"] = options.DeveloperName,
            ["websiteUrl"] = options.WebsiteUrl.AbsoluteUri,
            ["privacyUrl"] = options.PrivacyUrl.AbsoluteUri,
            ["termsOfUseUrl"] = options.TermsOfUseUrl.AbsoluteUri,
        });
        manifest["validDomains"] = new JsonArray([.. options.ValidDomains.Select(d => (JsonNode)d)]);
        return manifest;
    }

    // Values go in as JSON strings, never spliced into the template's text.
    private static void Fill(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && Placeholder(text, values) is { } filled)
                    {
                        obj[name] = filled;
                    }
                    else if (child is not null)
                    {
                        Fill(child, values);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Fill(child, values);
                    }
                }

                break;
        }
    }

    private static string? Placeholder(string text, IReadOnlyDictionary<string, string> values)
        => text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal) && values.TryGetValue(text[2..^2], out var value) ? value : null;

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }
}
