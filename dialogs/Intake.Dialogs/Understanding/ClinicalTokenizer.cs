namespace Intake.Dialogs.Understanding;

/// <summary>
/// Normalises and tokenises a message in one pass: lower case, accents folded, apostrophes joined ("can't" →
/// cant), runs of three or more letters squeezed ("sooo" → so), texting forms expanded, commas kept as tokens and
/// sentence ends (. ; ! ? : new line) kept as breaks. Every token remembers the characters it came from.
/// </summary>
internal static class ClinicalTokenizer
{
    private const string Accented = "áàäâãåéèëêíìïîóòöôõúùüûñçý";
    private const string Folded = "aaaaaaeeeeiiiiooooouuuuncy";

    public static void Tokenize(string text, TextForms forms, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        Span<char> raw = text.Length <= 256 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        var length = 0;
        var start = 0;
        var accented = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var fold = Accented.IndexOf(c, StringComparison.Ordinal);
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                if (length == 0)
                {
                    start = i;
                    accented = false;
                }

                accented |= fold >= 0;
                raw[length] = c;
                folded[length++] = fold >= 0 ? Folded[fold] : c;
            }
            else if (length > 0 && IsJoiner(c, folded[..length], text, i))
            {
                if (c is '/' or '.')
                {
                    raw[length] = c;
                    folded[length++] = c;
                }
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                Flush(forms, tokens, raw[..length], folded[..length], accented, start, i - start);
                length = 0;
                var kind = c switch
                {
                    ',' => TokenKind.Comma,
                    '?' => TokenKind.Question,
                    '.' or ';' or '!' or ':' or '\n' or '\r' or '…' or '(' or ')' or '¿' or '¡' => TokenKind.Break,
                    _ => TokenKind.Word,
                };
                if (kind != TokenKind.Word)
                {
                    tokens.Add(new Token(kind == TokenKind.Comma ? "," : kind == TokenKind.Question ? "?" : ".", kind, i, 1));
                }
            }
        }

        Flush(forms, tokens, raw[..length], folded[..length], accented, start, text.Length - start);
    }

    private static bool IsJoiner(char c, ReadOnlySpan<char> word, string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '\'' or '’' or '‘' or '`' or '´' => char.IsLetter(next),
            '/' => word is "w",
            '.' => char.IsDigit(word[^1]) && char.IsDigit(next),
            _ => false,
        };
    }

    private static void Flush(TextForms forms, List<Token> tokens, ReadOnlySpan<char> raw, Span<char> folded, bool accented, int start, int length)
    {
        if (folded.Length == 0)
        {
            return;
        }

        if (accented && forms.Accented.TryGetValue(new string(raw), out var meaning))
        {
            tokens.Add(new Token(meaning, TokenKind.Word, start, length));
            return;
        }

        var word = new string(Squeeze(folded));
        if (forms.Texting.TryGetValue(word, out var expansion))
        {
            foreach (var part in expansion)
            {
                tokens.Add(new Token(part, TokenKind.Word, start, length));
            }

            return;
        }

        tokens.Add(new Token(word, TokenKind.Word, start, length));
    }

    private static Span<char> Squeeze(Span<char> word)
    {
        var kept = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var run = kept >= 2 && char.IsLetter(word[i]) && word[kept - 1] == word[i] && word[kept - 2] == word[i];
            if (run)
            {
                kept--;
                while (i + 1 < word.Length && word[i + 1] == word[i])
                {
                    i++;
                }

                continue;
            }

            word[kept++] = word[i];
        }

        return word[..kept];
    }
}
