using System.Collections.Frozen;
using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

public sealed class ClinicalTokenizerTests
{
    private static readonly TextForms Forms = new(
        new Dictionary<string, string[]>
        {
            ["cant"] = ["can", "not"],
            ["rn"] = ["right", "now"],
            ["w/"] = ["with"],
            ["xq"] = ["porque"],
        }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["sí"] = "_si" }.ToFrozenDictionary());

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        ClinicalTokenizer.Tokenize(text, Forms, tokens);
        return tokens;
    }

    private static string Words(string text) => string.Join(" ", Tokens(text).Select(t => t.Text));

    [Fact]
    public void Tokenize_CaseAccentsAndPunctuation_AreFolded()
        => Assert.Equal("me cuesta respirar , la presion", Words("Me CUESTA respirar, la presión"));

    [Fact]
    public void Tokenize_Contraction_IsJoinedThenExpanded()
        => Assert.Equal("i can not breathe", Words("I can't breathe"));

    [Fact]
    public void Tokenize_TextingForms_AreExpanded()
        => Assert.Equal("it hurts right now with my arm porque", Words("it hurts rn w/ my arm xq"));

    [Fact]
    public void Tokenize_RepeatedLetters_AreSqueezed()
        => Assert.Equal("so bad help", Words("sooooo baaad heeelp"));

    [Fact]
    public void Tokenize_AccentThatChangesMeaning_IsKeptApart()
        => Assert.Equal("_si si", Words("sí si"));

    [Fact]
    public void Tokenize_SentenceEnds_AreBreaksAndQuestionMarksAreQuestions()
    {
        var kinds = Tokens("ok. why? no").Select(t => t.Kind).ToArray();

        Assert.Equal([TokenKind.Word, TokenKind.Break, TokenKind.Word, TokenKind.Question, TokenKind.Word], kinds);
    }

    [Fact]
    public void Tokenize_Decimal_StaysOneToken()
        => Assert.Equal("fever of 38.5", Words("fever of 38.5"));

    [Fact]
    public void Tokenize_ExpandedWord_KeepsTheOriginalCharacters()
    {
        var tokens = Tokens("i cant");

        Assert.All(tokens.Skip(1), t => Assert.Equal((2, 4), (t.Offset, t.Length)));
    }
}
