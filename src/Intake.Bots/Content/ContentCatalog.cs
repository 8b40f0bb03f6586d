using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Bots.Content;

/// <summary>
/// Every patient-facing sentence and list, per language, read from <c>{root}/{language}/*.yaml</c> at
/// start-up and checked there: each language has the same keys, each text the same <c>{placeholders}</c>.
/// The first language is the fallback for locales nobody wrote content for.
/// </summary>
public sealed partial class ContentCatalog
{
    private readonly Dictionary<string, Dictionary<string, ContentEntry>> _languages;

    private ContentCatalog(IReadOnlyList<string> languages, Dictionary<string, Dictionary<string, ContentEntry>> entries)
    {
        Languages = languages;
        _languages = entries;
    }

    /// <summary>The languages, default first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The fallback language.</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>Loads and validates the catalog; throws <see cref="ContentException"/> naming file and line.</summary>
    public static ContentCatalog Load(string root, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (languages.Count == 0)
        {
            throw new ContentException("At least one content language must be configured.");
        }

        var entries = new Dictionary<string, Dictionary<string, ContentEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in languages)
        {
            var folder = Path.Combine(root, language);
            if (!Directory.Exists(folder))
            {
                throw new ContentException($"The content folder '{folder}' for language '{language}' does not exist.");
            }

            var merged = new Dictionary<string, ContentEntry>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                foreach (var (key, entry) in ContentFileReader.Read(file))
                {
                    if (!merged.TryAdd(key, entry with { File = $"{language}/{entry.File}" }))
                    {
                        throw new ContentException($"{language}/{entry.Where}: '{key}' is also defined at {merged[key].Where}.");
                    }
                }
            }

            entries[language] = merged;
        }

        var catalog = new ContentCatalog(languages, entries);
        catalog.Validate();
        return catalog;
    }

    /// <summary>The content language for an activity locale: <c>es-MX</c> → <c>es</c>; unknown → the default.</summary>
    public string LanguageFor(string? locale)
    {
        if (!string.IsNullOrEmpty(locale))
        {
            var dash = locale.IndexOfAny(['-', '_']);
            var primary = dash > 0 ? locale[..dash] : locale;
            foreach (var language in Languages)
            {
                if (string.Equals(language, primary, StringComparison.OrdinalIgnoreCase))
                {
                    return language;
                }
            }
        }

        return DefaultLanguage;
    }

    /// <summary>Whether the key exists (in every language: the catalog is validated).</summary>
    public bool Has(string key) => _languages[DefaultLanguage].ContainsKey(key);

    /// <summary>The keys that start with <paramref name="prefix"/>, in file order of the default language.</summary>
    public IEnumerable<string> KeysStartingWith(string prefix)
        => _languages[DefaultLanguage].Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>A sentence in the given language.</summary>
    public string Text(string language, string key)
        => Entry(language, key).Text ?? throw new ContentException($"{Entry(language, key).Where}: '{key}' is a list, not text.");

    /// <summary>A sentence with its <c>{placeholders}</c> filled in.</summary>
    public string Format(string language, string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        // One value (the usual case) costs one new string; each further value replaces in the result of the last.
        var text = Text(language, key);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A list (synonyms, choice labels) in the given language.</summary>
    public IReadOnlyList<string> List(string language, string key)
        => Entry(language, key).List ?? throw new ContentException($"{Entry(language, key).Where}: '{key}' is text, not a list.");

    /// <summary>Every English-or-other sentence of one language, with where it stands (for content checks).</summary>
    public IEnumerable<(string Key, string Text, string Where)> AllTexts(string language)
        => _languages[language].Where(p => p.Value.Text is not null).Select(p => (p.Key, p.Value.Text!, p.Value.Where));

    private ContentEntry Entry(string language, string key)
    {
        if (!_languages.TryGetValue(language, out var entries))
        {
            entries = _languages[DefaultLanguage];
        }

        return entries.TryGetValue(key, out var entry)
            ? entry
            : throw new ContentException($"No content has the key '{key}' (language '{language}').");
    }

    private void Validate()
    {
        var reference = _languages[DefaultLanguage];
        foreach (var language in Languages.Skip(1))
        {
            var other = _languages[language];
            foreach (var (key, entry) in reference)
            {
                if (!other.TryGetValue(key, out var translated))
                {
                    throw new ContentException($"{entry.Where}: '{key}' has no '{language}' version.");
                }

                if ((entry.Text is null) != (translated.Text is null))
                {
                    throw new ContentException($"{translated.Where}: '{key}' must be {(entry.Text is null ? "a list" : "text")}, as at {entry.Where}.");
                }

                if (entry.Text is not null && !Placeholders(entry.Text).SetEquals(Placeholders(translated.Text!)))
                {
                    throw new ContentException($"{translated.Where}: '{key}' must use the placeholders of {entry.Where}.");
                }
            }

            foreach (var (key, entry) in other)
            {
                if (!reference.ContainsKey(key))
                {
                    throw new ContentException($"{entry.Where}: '{key}' is not in the '{DefaultLanguage}' content.");
                }
            }
        }

        foreach (var (language, entries) in _languages)
        {
            foreach (var (key, entry) in entries)
            {
                if (entry.Text is { Length: 0 } || entry.List is { Count: 0 })
                {
                    throw new ContentException($"{entry.Where}: '{key}' is empty ({language}).");
                }
            }
        }
    }

    private static HashSet<string> Placeholders(string text)
        => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9_]*\}")]
    private static partial Regex PlaceholderPattern();
}
