using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Web.Teams;

namespace Intake.IntegrationTests.Teams;

/// <summary>The <c>teams-package</c> command's zip, held to the Teams manifest schema's rules and its icon rules.</summary>
public sealed partial class TeamsPackageTests : IDisposable
{
    private static readonly string[] Entries = ["color.png", "manifest.json", "outline.png"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "intake-teams-" + Guid.NewGuid().ToString("N"));
    private readonly string _appId = Guid.NewGuid().ToString();

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Package_HasTheThreeFilesAtItsRoot()
    {
        using var zip = await WriteAsync();

        Assert.Equal(Entries, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Manifest_FollowsTheSchemasRules()
    {
        using var zip = await WriteAsync("--version", "2.1.0", "--website", "https://clinic.example.org/", "--privacy", "https://clinic.example.org/privacy", "--terms", "https://clinic.example.org/terms", "--domain", "clinic.example.org");
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var root = manifest.RootElement;

        var schema = SchemaUrl().Match(root.GetProperty("$schema").GetString()!);
        Assert.True(schema.Success);
        Assert.Equal(schema.Groups[1].Value, root.GetProperty("manifestVersion").GetString());
        Assert.NotEqual("1.18", schema.Groups[1].Value);
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Matches(SemVer(), root.GetProperty("version").GetString()!);
        Assert.Equal(_appId, root.GetProperty("id").GetString());
        Assert.True(Guid.TryParse(root.GetProperty("id").GetString(), out _));

        var developer = root.GetProperty("developer");
        AssertLength(developer, "name", 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", developer.GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        AssertLength(root.GetProperty("name"), "short", 30);
        AssertLength(root.GetProperty("name"), "full", 100);
        AssertLength(root.GetProperty("description"), "short", 80);
        AssertLength(root.GetProperty("description"), "full", 4000);
        Assert.NotEqual(root.GetProperty("description").GetProperty("short").GetString(), root.GetProperty("description").GetProperty("full").GetString());
        Assert.Matches(AccentColor(), root.GetProperty("accentColor").GetString()!);
        Assert.Contains(root.GetProperty("icons").GetProperty("color").GetString(), Entries);
        Assert.Contains(root.GetProperty("icons").GetProperty("outline").GetString(), Entries);
        Assert.Equal(["clinic.example.org"], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));

        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(_appId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();
        Assert.InRange(lists.Count, 1, 2);
        foreach (var list in lists)
        {
            var commands = list.GetProperty("commands").EnumerateArray().ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c =>
            {
                AssertLength(c, "title", 32);
                AssertLength(c, "description", 128);
            });
        }
    }

    [Fact]
    public async Task Icons_ColourIs192Square_OutlineIs32SquareWhiteOnTransparent()
    {
        using var zip = await WriteAsync();

        var (colorWidth, colorHeight, _) = Decode(Read(zip, "color.png"));
        var (outlineWidth, outlineHeight, outline) = Decode(Read(zip, "outline.png"));

        Assert.Equal((192, 192), (colorWidth, colorHeight));
        Assert.Equal((32, 32), (outlineWidth, outlineHeight));
        var pixels = outline.Chunk(4).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0] == 255 && p[1] == 255 && p[2] == 255), "an outline pixel is neither transparent nor white"));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--app-id")]
    [InlineData("--version", "1.0", "--version")]
    [InlineData("--name", "A name that is far too long for Teams to show", "--name")]
    [InlineData("--website", "http://clinic.example.org/", "--website")]
    [InlineData("--domain", "not a host", "--domain")]
    public async Task BadArgument_Exits2NamingTheFlag_WritesNothing(string flag, string value, string named)
    {
        var output = Path.Combine(_directory, "intake.zip");
        var args = new List<string> { TeamsPackageCommand.Name, "--app-id", _appId, "--out", output };
        args.AddRange([flag, value]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await TeamsPackageCommand.RunAsync([.. args], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Contains(named, stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private async Task<ZipArchive> WriteAsync(params string[] extra)
    {
        var output = Path.Combine(_directory, "intake.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await TeamsPackageCommand.RunAsync([TeamsPackageCommand.Name, "--app-id", _appId, "--out", output, .. extra], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        return ZipFile.OpenRead(output);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void AssertLength(JsonElement parent, string name, int max)
    {
        var text = parent.GetProperty(name).GetString();
        Assert.False(string.IsNullOrWhiteSpace(text), $"{name} is empty");
        Assert.True(text!.Length <= max, $"{name} has {text.Length} characters, more than {max}");
    }

    // Reads the PNG's header and its RGBA pixels (the chunks' CRCs checked; rows of filter type none, as written).
    private static (int Width, int Height, byte[] Rgba) Decode(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            Assert.Equal(Crc(png.AsSpan(offset + 4, length + 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(6, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * ((width * 4) + 1)]);
            Array.Copy(rows, (y * ((width * 4) + 1)) + 1, rgba, y * width * 4, width * 4);
        }

        return (width, height, rgba);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    [GeneratedRegex(@"^https://developer\.microsoft\.com/json-schemas/teams/v(1\.\d+)/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaUrl();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex AccentColor();
}
