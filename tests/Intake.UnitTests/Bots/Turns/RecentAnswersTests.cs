using Intake.Bots.Turns;
using Microsoft.Extensions.Time.Testing;

namespace Intake.UnitTests.Bots.Turns;

public sealed class RecentAnswersTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Find_ConversationThatKeptManyTurns_StillHasItsLatestAnswer()
    {
        // One conversation answering many turns fills no generation: the capacity counts conversations.
        var answers = new RecentAnswers(_time);
        for (var turn = 0; turn < RecentAnswers.Capacity * 3; turn++)
        {
            answers.Keep("emulator\nbusy", new ReplayableAnswer($"a{turn}", null, null));
        }

        answers.Keep("emulator\nquiet", new ReplayableAnswer("q1", null, null));

        Assert.NotNull(answers.Find("emulator\nquiet", "q1"));
        Assert.NotNull(answers.Find("emulator\nbusy", $"a{(RecentAnswers.Capacity * 3) - 1}"));
        Assert.Null(answers.Find("emulator\nbusy", "a0"));
    }

    [Fact]
    public void Find_AfterTwoFullGenerationsOfOtherConversations_TheOldAnswerIsDropped()
    {
        var answers = new RecentAnswers(_time);
        answers.Keep("emulator\nfirst", new ReplayableAnswer("f1", null, null));
        for (var c = 0; c < RecentAnswers.Capacity; c++)
        {
            answers.Keep($"emulator\nother-{c}", new ReplayableAnswer("x", null, null));
        }

        Assert.NotNull(answers.Find("emulator\nfirst", "f1"));

        for (var c = 0; c < RecentAnswers.Capacity + 1; c++)
        {
            answers.Keep($"emulator\nlater-{c}", new ReplayableAnswer("y", null, null));
        }

        Assert.Null(answers.Find("emulator\nfirst", "f1"));
    }

    [Fact]
    public void Find_AfterTheLifetime_TheAnswerIsDropped()
    {
        var answers = new RecentAnswers(_time);
        answers.Keep("emulator\nc", new ReplayableAnswer("a1", null, null));
        _time.Advance(RecentAnswers.Lifetime / 2);
        answers.Keep("emulator\nd", new ReplayableAnswer("d1", null, null));
        Assert.NotNull(answers.Find("emulator\nc", "a1"));

        _time.Advance(RecentAnswers.Lifetime / 2);
        answers.Keep("emulator\ne", new ReplayableAnswer("e1", null, null));

        Assert.Null(answers.Find("emulator\nc", "a1"));
        Assert.NotNull(answers.Find("emulator\nd", "d1"));
    }
}
