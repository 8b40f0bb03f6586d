using Intake.Bots.Content;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Triage;

/// <summary>Small checked reads of YAML mappings for one file; errors name the file and line.</summary>
internal sealed class YamlNodes(string file)
{
    public string File { get; } = file;

    public static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Scalar(YamlMappingNode map, string key)
        => Child(map, key) is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw Error(map, $"'{key}' must be given as plain text.");

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

    public ContentException Error(YamlNode node, string message) => new($"{File}:{node.Start.Line}: {message}");
}
