using Intake.Bots.Content;
using Intake.Dialogs.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Triage;

/// <summary>Parses the rule file into rules; every mistake is a <see cref="ContentException"/> naming file and line.</summary>
internal static class TriageRuleReader
{
    private static readonly string[] RuleKeys = ["id", "level", "when", "explain"];

    public static IReadOnlyList<TriageRule> Read(string path, IReadOnlyDictionary<string, AnswerField> fields)
    {
        var file = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ContentException($"{file}:{ex.Start.Line}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new ContentException($"{file}: the rule file cannot be read ({ex.GetType().Name}).", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentException($"{file}:1: the file must be a mapping with a 'rules' list.");
        }

        var yaml = new YamlFile(file);
        yaml.OnlyKeys(root, ["rules"]);
        if (YamlFile.Child(root, "rules") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw new ContentException($"{file}:{root.Start.Line}: 'rules' must be a non-empty list.");
        }

        var conditions = new TriageConditionReader(yaml, fields);
        var rules = new List<TriageRule>(list.Children.Count);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode rule)
            {
                throw new ContentException($"{file}:{node.Start.Line}: each rule must be a mapping of {string.Join(", ", RuleKeys)}.");
            }

            yaml.OnlyKeys(rule, RuleKeys);
            var id = yaml.Scalar(rule, "id");
            var levelName = yaml.Scalar(rule, "level");
            if (!CareLevelNames.TryParse(levelName, out var level))
            {
                throw new ContentException($"{file}:{YamlFile.Child(rule, "level")!.Start.Line}: rule '{id}' has the unknown level '{levelName}' (use {string.Join(", ", CareLevelNames.All)}).");
            }

            var when = YamlFile.Child(rule, "when") ?? throw new ContentException($"{file}:{rule.Start.Line}: rule '{id}' has no 'when'.");
            rules.Add(new TriageRule(id, level, conditions.Read(when), yaml.Scalar(rule, "explain"), rule.Start.Line));
        }

        return rules;
    }
}
