using System.Globalization;
using Intake.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Triage;

/// <summary>Reads one rule's <c>when</c>, checking fields, codes and operators against the question table's fields (<see cref="AnswerFields"/>).</summary>
internal sealed class TriageConditionReader(YamlFile yaml, IReadOnlyDictionary<string, AnswerField> fields)
{
    private static readonly string[] GroupKeys = ["all", "any"];
    private static readonly string[] TestKeys = ["field", "anyOf", "equals", "atLeast"];

    public TriageCondition Read(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: "always" }:
                return AlwaysCondition.Instance;
            case YamlMappingNode map when map.Children.Count == 1 && YamlFile.Child(map, "all") is { } all:
                return new AllCondition(Parts(all));
            case YamlMappingNode map when map.Children.Count == 1 && YamlFile.Child(map, "any") is { } any:
                return new AnyCondition(Parts(any));
            case YamlMappingNode map when YamlFile.Child(map, "field") is not null:
                yaml.OnlyKeys(map, TestKeys);
                return Test(map);
            default:
                throw yaml.Error(node, $"a condition is 'always', {{ all: [...] }}, {{ any: [...] }} or {{ field: ..., anyOf|equals|atLeast: ... }} (keys: {string.Join(", ", GroupKeys.Concat(TestKeys))}).");
        }
    }

    private List<TriageCondition> Parts(YamlNode node)
        => node is YamlSequenceNode { Children.Count: > 0 } list
            ? [.. list.Children.Select(Read)]
            : throw yaml.Error(node, "'all' and 'any' take a non-empty list of conditions.");

    private TriageCondition Test(YamlMappingNode map)
    {
        var name = yaml.Scalar(map, "field");
        if (!fields.TryGetValue(name, out var field))
        {
            throw yaml.Error(map, $"unknown field '{name}' (use {string.Join(", ", fields.Keys)}).");
        }

        var operators = map.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value != "field").ToList();
        if (operators.Count != 1)
        {
            throw yaml.Error(map, $"the test of '{name}' needs exactly one of anyOf, equals, atLeast.");
        }

        var op = operators[0].Value!;
        var value = map.Children[operators[0]];
        return (op, field.Kind) switch
        {
            ("anyOf", AnswerFieldKind.Codes or AnswerFieldKind.Code) => new AnyOfCondition(field, Codes(field, value)),
            ("equals", AnswerFieldKind.Code) => new AnyOfCondition(field, [Code(field, value)]),
            ("equals", AnswerFieldKind.Flag) => new FlagCondition(field, Flag(value)),
            ("atLeast", AnswerFieldKind.Number) => new AtLeastCondition(field, Number(value)),
            _ => throw yaml.Error(value, $"'{op}' cannot test '{name}' ({field.Kind}): use anyOf for codes, equals for a code or yes/no, atLeast for a number."),
        };
    }

    private List<string> Codes(AnswerField field, YamlNode node)
        => node is YamlSequenceNode { Children.Count: > 0 } list
            ? [.. list.Children.Select(c => Code(field, c))]
            : throw yaml.Error(node, $"'anyOf' of '{field.Name}' must be a non-empty list of codes.");

    private string Code(AnswerField field, YamlNode node)
        => node is YamlScalarNode { Value: { } code } && field.Codes.Contains(code, StringComparer.Ordinal)
            ? code
            : throw yaml.Error(node, $"'{(node as YamlScalarNode)?.Value}' is not a code of '{field.Name}' (use {string.Join(", ", field.Codes)}).");

    private bool Flag(YamlNode node)
        => node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var flag)
            ? flag
            : throw yaml.Error(node, "'equals' of a yes/no answer must be true or false.");

    private int Number(YamlNode node)
        => node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 10
            ? number
            : throw yaml.Error(node, "'atLeast' must be a whole number from 0 to 10.");
}
