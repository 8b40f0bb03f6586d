using System.Collections.Frozen;
using Intake.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// Reads one language's understanding file (en.yaml, es.yaml): typed forms, context triggers and the words of
/// every concept; a mistake fails at load with the file and line.
/// </summary>
internal static class LexiconFileReader
{
    private static readonly string[] Keys = ["language", "stemmer", "texting", "accented", "known", "termination", "continues", "pseudo", "ignore", "context", "concepts"];
    private static readonly string[] ContextKeys = ["scope", "before", "after", "both", "resolves", "ends"];
    private static readonly string[] PatternKeys = ["match", "window", "ordered", "possible"];
    private const int DefaultWindow = 7;
    private const int MaxSlots = 4;

    public static LanguageLexicon Read(string path, IReadOnlyList<ConceptDefinition> concepts)
    {
        var (yaml, root) = YamlFile.Load(path);
        yaml.OnlyKeys(root, Keys);
        var language = yaml.Scalar(root, "language");
        IStemmer stemmer = yaml.Scalar(root, "stemmer") switch
        {
            "english" => new EnglishStemmer(),
            "spanish" => new SpanishStemmer(),
            var other => throw yaml.Error(YamlFile.Child(root, "stemmer"), $"unknown stemmer '{other}' (use english or spanish)."),
        };

        var forms = new TextForms(
            Pairs(yaml, root, "texting").ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
            Pairs(yaml, root, "accented").ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        var words = new VocabularyBuilder(stemmer, forms);
        var triggers = new List<Trigger>();
        AddTriggers(yaml, words, triggers, YamlFile.Child(root, "termination"), "termination", TriggerKind.Negated, TriggerRole.Termination);
        AddTriggers(yaml, words, triggers, YamlFile.Child(root, "continues"), "continues", TriggerKind.Negated, TriggerRole.Continues);
        AddTriggers(yaml, words, triggers, YamlFile.Child(root, "pseudo"), "pseudo", TriggerKind.Negated, TriggerRole.Pseudo);
        AddTriggers(yaml, words, triggers, YamlFile.Child(root, "ignore"), "ignore", TriggerKind.Negated, TriggerRole.Ignore);
        var context = yaml.Mapping(YamlFile.Child(root, "context"), "'context'");
        var scopes = new int[Enum.GetValues<TriggerKind>().Length];
        foreach (var kind in Enum.GetValues<TriggerKind>())
        {
            var name = kind.ToString().ToLowerInvariant();
            var map = yaml.Mapping(YamlFile.Child(context, name) ?? throw yaml.Error(context, $"'context' has no '{name}'."), $"'{name}'");
            yaml.OnlyKeys(map, ContextKeys);
            scopes[(int)kind] = yaml.Number(map, "scope", fallback: 100, minimum: 1);
            foreach (var (role, key) in new[] { (TriggerRole.Before, "before"), (TriggerRole.After, "after"), (TriggerRole.Both, "both"), (TriggerRole.Resolves, "resolves"), (TriggerRole.Ends, "ends") })
            {
                AddTriggers(yaml, words, triggers, YamlFile.Child(map, key), $"{name}.{key}", kind, role);
            }
        }

        var patterns = ReadConcepts(yaml, root, words, concepts);
        var known = yaml.Texts(YamlFile.Child(root, "known"), "'known'").Select(t => t.Text);
        return new LanguageLexicon(language, stemmer, forms, words.Build(known), patterns, triggers, scopes);
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(YamlFile yaml, YamlMappingNode root, string key)
    {
        if (YamlFile.Child(root, key) is not { } node)
        {
            yield break;
        }

        foreach (var (name, value) in yaml.Mapping(node, $"'{key}'").Children)
        {
            yield return name is YamlScalarNode { Value: { Length: > 0 } from } && value is YamlScalarNode { Value: { Length: > 0 } to }
                ? new(from, to)
                : throw yaml.Error(name, $"each entry of '{key}' must map plain text to plain text.");
        }
    }

    private static void AddTriggers(YamlFile yaml, VocabularyBuilder words, List<Trigger> triggers, YamlNode? node, string what, TriggerKind kind, TriggerRole role)
    {
        foreach (var (text, item) in yaml.Texts(node, $"'{what}'"))
        {
            var phrase = words.Phrase(text) ?? throw yaml.Error(item, $"'{text}' in '{what}' has no words.");
            triggers.Add(new Trigger(phrase, kind, role));
        }
    }

    private static List<ConceptPattern> ReadConcepts(YamlFile yaml, YamlMappingNode root, VocabularyBuilder words, IReadOnlyList<ConceptDefinition> concepts)
    {
        var map = yaml.Mapping(YamlFile.Child(root, "concepts"), "'concepts'");
        var patterns = new List<ConceptPattern>();
        foreach (var (key, value) in map.Children)
        {
            var id = (key as YamlScalarNode)?.Value;
            var concept = concepts.Select((c, i) => (c.Id, i)).FirstOrDefault(c => c.Id == id);
            if (concept.Id is null)
            {
                throw yaml.Error(key, $"unknown concept '{id}' (concepts.yaml lists the ids).");
            }

            if (value is not YamlSequenceNode list || list.Children.Count == 0)
            {
                throw yaml.Error(value, $"concept '{id}' must have a non-empty list of patterns.");
            }

            foreach (var item in list.Children)
            {
                patterns.Add(Pattern(yaml, words, concept.i, item));
            }
        }

        var missing = concepts.FirstOrDefault(c => !map.Children.ContainsKey(new YamlScalarNode(c.Id)));
        return missing is null ? patterns : throw yaml.Error(map, $"concept '{missing.Id}' has no patterns in this language.");
    }

    private static ConceptPattern Pattern(YamlFile yaml, VocabularyBuilder words, int concept, YamlNode item)
    {
        var (text, window, ordered, possible) = item switch
        {
            YamlScalarNode { Value: { Length: > 0 } plain } => (plain, DefaultWindow, false, false),
            YamlMappingNode map => Options(yaml, map),
            _ => throw yaml.Error(item, "a pattern is plain text (\"chest + pain|hurt\") or a mapping of match, window, ordered, possible."),
        };

        var slots = text.Split('+', StringSplitOptions.TrimEntries);
        if (slots.Length > MaxSlots || Array.Exists(slots, s => s.Length == 0))
        {
            throw yaml.Error(item, $"'{text}' must have 1 to {MaxSlots} slots separated by '+', none empty.");
        }

        var compiled = slots
            .Select(slot => slot.Split('|', StringSplitOptions.TrimEntries)
                .Select(alternative => words.Phrase(alternative) ?? throw yaml.Error(item, $"'{text}' has an alternative with no words."))
                .ToArray())
            .ToArray();
        return new ConceptPattern(concept, compiled, window, ordered, possible, (int)item.Start.Line);
    }

    private static (string Text, int Window, bool Ordered, bool Possible) Options(YamlFile yaml, YamlMappingNode map)
    {
        yaml.OnlyKeys(map, PatternKeys);
        return (yaml.Scalar(map, "match"), yaml.Number(map, "window", DefaultWindow, minimum: 0), Flag(yaml, map, "ordered"), Flag(yaml, map, "possible"));
    }

    private static bool Flag(YamlFile yaml, YamlMappingNode map, string key) => YamlFile.Child(map, key) switch
    {
        null => false,
        YamlScalarNode { Value: "true" } => true,
        YamlScalarNode { Value: "false" } => false,
        var node => throw yaml.Error(node, $"'{key}' must be true or false."),
    };
}
