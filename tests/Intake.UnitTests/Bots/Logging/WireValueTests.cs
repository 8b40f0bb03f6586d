using Intake.Bots.Logging;

namespace Intake.UnitTests.Bots.Logging;

public sealed class WireValueTests
{
    [Theory]
    [InlineData("a:1XyZ;messageid=42", "a:1XyZ;messageid=42")]
    [InlineData("c1\r\n2026-12-01 info: forged", "c1\\r\\n2026-12-01 info: forged")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("bell\u0007 del\u007f nel\u0085", "bell\\u0007 del\\u007f nel\\u0085")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("smile \ud83d\ude00", "smile \ud83d\ude00")]
    public void ToString_WireText_ControlCharactersEscaped(string raw, string logged)
    {
        var value = new WireValue(raw);

        Assert.Equal(logged, value.ToString());
    }

    [Fact]
    public void ToString_LoneSurrogate_Escaped()
    {
        var value = new WireValue("lone " + (char)0xD800 + "!");

        Assert.Equal("lone \\ud800!", value.ToString());
    }

    [Fact]
    public void ToString_HugeValue_CutAtTheCapWithAMark()
    {
        var value = new WireValue(new string('x', 200_000));

        var logged = value.ToString();

        Assert.Equal(WireValue.MaxLength, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ManyEscapes_StaysWithinTheCap()
    {
        var value = new WireValue(string.Concat(Enumerable.Repeat("\r\n", 500)));

        var logged = value.ToString();

        Assert.True(logged.Length <= WireValue.MaxLength, $"{logged.Length}");
        Assert.DoesNotContain('\n', logged);
    }

    [Fact]
    public void ToString_ValueExactlyAtTheCap_KeptWhole()
    {
        var raw = new string('y', WireValue.MaxLength);

        Assert.Same(raw, new WireValue(raw).ToString());
    }

    [Fact]
    public void ToString_Null_SaysNull()
    {
        Assert.Equal("(null)", new WireValue(null).ToString());
    }
}
