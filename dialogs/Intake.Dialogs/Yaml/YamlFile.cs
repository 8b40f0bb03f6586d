using Intake.Bots.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Yaml;

/// <summary>Checked reads of one YAML data file (triage rules, understanding lexicons); every mistake is a <see cref="ContentException"/> naming file and line.</summary>
internal sealed class YamlFile(string file)
{
    public string File { get; } = file;

    public static (YamlFile Yaml, YamlMappingNode Root) Load(string path)
    {
        var yaml = new YamlFile(Path.GetFileName(path));
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ContentException($"{yaml.File}:{ex.Start.Line}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new ContentException($"{yaml.File}: the file cannot be read ({ex.GetType().Name}).", ex);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? (yaml, root)
            : throw new ContentException($"{yaml.File}:1: the file must be a mapping.");
    }

    public static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Scalar(YamlMappingNode map, string key)
        => Child(map, key) is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw Error(map, $"'{key}' must be given as plain text.");

    public int Number(YamlMappingNode map, string key, int fallback, int minimum)
    {
        if (Child(map, key) is not { } node)
        {
            return fallback;
        }

        return node is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw Error(node, $"'{key}' must be a whole number of at least {minimum}.");
    }

    public YamlMappingNode Mapping(YamlNode? node, string what)
        => node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping.");

    /// <summary>The texts of a list of plain scalars; a missing list is empty.</summary>
    public IEnumerable<(string Text, YamlNode Node)> Texts(YamlNode? node, string what)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode list)
        {
            throw Error(node, $"{what} must be a list.");
        }

        foreach (var item in list.Children)
        {
            yield return item is YamlScalarNode { Value: { Length: > 0 } text }
                ? (text, item)
                : throw Error(item, $"each entry of {what} must be plain text.");
        }
    }

    public void OnlyKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name))
            {
                throw Error(key, $"unknown key '{name}' (expected {string.Join(", ", allowed)}).");
            }
        }
    }

    public ContentException Error(YamlNode? node, string message) => new($"{File}:{node?.Start.Line ?? 1}: {message}");
}
