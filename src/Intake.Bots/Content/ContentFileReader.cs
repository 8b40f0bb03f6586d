using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Intake.Bots.Content;

/// <summary>
/// Reads one YAML content file into flat dotted keys (<c>location.prompt</c>). A value is a string or a
/// list of strings; anything else is an error naming the file and line.
/// </summary>
internal static class ContentFileReader
{
    public static Dictionary<string, ContentEntry> Read(string path)
    {
        var name = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ContentException($"{name}:{ex.Start.Line}: {ex.Message}", ex);
        }

        var entries = new Dictionary<string, ContentEntry>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return entries;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentException($"{name}:1: the file must be a mapping of keys to text.");
        }

        Flatten(root, prefix: null, name, entries);
        return entries;
    }

    private static void Flatten(YamlMappingNode node, string? prefix, string file, Dictionary<string, ContentEntry> entries)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = prefix is null ? ((YamlScalarNode)keyNode).Value! : $"{prefix}.{((YamlScalarNode)keyNode).Value}";
            var line = keyNode.Start.Line;
            switch (valueNode)
            {
                case YamlMappingNode map:
                    Flatten(map, key, file, entries);
                    break;
                case YamlScalarNode scalar:
                    Add(entries, key, new ContentEntry(scalar.Value ?? string.Empty, null, file, line));
                    break;
                case YamlSequenceNode sequence:
                    var items = new List<string>(sequence.Children.Count);
                    foreach (var item in sequence.Children)
                    {
                        if (item is not YamlScalarNode { Value: { } text })
                        {
                            throw new ContentException($"{file}:{item.Start.Line}: '{key}' must be a list of plain strings.");
                        }

                        items.Add(text);
                    }

                    Add(entries, key, new ContentEntry(null, items, file, line));
                    break;
                default:
                    throw new ContentException($"{file}:{line}: '{key}' has a value that is neither text nor a list.");
            }
        }
    }

    private static void Add(Dictionary<string, ContentEntry> entries, string key, ContentEntry entry)
    {
        if (!entries.TryAdd(key, entry))
        {
            throw new ContentException($"{entry.Where}: '{key}' is defined twice (first at line {entries[key].Line}).");
        }
    }
}
