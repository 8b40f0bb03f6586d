using System.Buffers;
using System.Globalization;
using System.Text;

namespace Intake.Bots.Logging;

/// <summary>
/// A value that came from the wire (a conversation, activity or channel id, an activity type), made safe
/// for a log line: control characters and line separators escaped, at most <see cref="MaxLength"/>
/// characters. Every <c>Log</c> class takes these instead of strings, so no call site can forget.
/// </summary>
public readonly struct WireValue : IEquatable<WireValue>
{
    /// <summary>The most characters a logged wire value keeps, its escapes and the cut mark included.</summary>
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Escapable());

    private readonly string? _raw;

    public WireValue(string? raw) => _raw = raw;

    public static implicit operator WireValue(string? raw) => new(raw);

    public static bool operator ==(WireValue left, WireValue right) => left.Equals(right);

    public static bool operator !=(WireValue left, WireValue right) => !left.Equals(right);

    /// <summary>The value to write: the raw one when it is short and plain (no allocation), else escaped and cut.</summary>
    public static string? Sanitize(string? raw)
    {
        if (raw is null || (raw.Length <= MaxLength && raw.AsSpan().IndexOfAny(Unsafe) < 0))
        {
            return raw;
        }

        var builder = new StringBuilder(MaxLength + 8);
        for (var i = 0; i < raw.Length && builder.Length <= MaxLength; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[++i]);
            }
            else if (Unsafe.Contains(c))
            {
                builder.Append(Escape(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        // Cut, never between the halves of a pair, and mark the cut.
        var keep = char.IsHighSurrogate(builder[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1;
        return builder.ToString(0, keep) + "…";
    }

    public override string ToString() => Sanitize(_raw) ?? "(null)";

    public bool Equals(WireValue other) => string.Equals(_raw, other._raw, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is WireValue other && Equals(other);

    public override int GetHashCode() => _raw is null ? 0 : StringComparer.Ordinal.GetHashCode(_raw);

    private static string Escape(char c) => c switch
    {
        '\r' => "\\r",
        '\n' => "\\n",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };

    // C0 and C1 controls, DEL, the Unicode line and paragraph separators and lone surrogates halves
    // (a pair is kept whole by Sanitize): anything a terminal or a log shipper could read as a new line.
    private static string Escapable()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c <= '\u001f'; c++)
        {
            chars.Append(c);
        }

        for (var c = '\u007f'; c <= '\u009f'; c++)
        {
            chars.Append(c);
        }

        chars.Append('\u2028').Append('\u2029');
        for (var c = '\ud800'; c <= '\udfff'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}
