using Intake.Bots.Turns;
using Microsoft.Extensions.Time.Testing;

namespace Intake.UnitTests.Bots.Turns;

public sealed class DuplicateFilterTests
{
    [Fact]
    public void TryAccept_SameActivityAgain_IsRefused()
    {
        var filter = new DuplicateFilter(new FakeTimeProvider());

        var first = filter.TryAccept("msteams", "a:1", "m1", out _);
        var retry = filter.TryAccept("msteams", "a:1", "m1", out _);

        Assert.True(first);
        Assert.False(retry);
    }

    [Fact]
    public void TryAccept_SameIdInAnotherConversation_IsAccepted()
    {
        var filter = new DuplicateFilter(new FakeTimeProvider());
        filter.TryAccept("msteams", "a:1", "m1", out _);

        Assert.True(filter.TryAccept("msteams", "a:2", "m1", out _));
    }

    [Fact]
    public void TryAccept_NoActivityId_IsAlwaysAccepted()
    {
        var filter = new DuplicateFilter(new FakeTimeProvider());

        Assert.True(filter.TryAccept("emulator", "c", null, out _));
        Assert.True(filter.TryAccept("emulator", "c", null, out _));
    }

    [Fact]
    public void TryAccept_AfterTheLifetime_IsAcceptedAgain()
    {
        var time = new FakeTimeProvider();
        var filter = new DuplicateFilter(time);
        filter.TryAccept("msteams", "a:1", "m1", out _);

        time.Advance(DuplicateFilter.Lifetime / 2 + TimeSpan.FromSeconds(1));
        var withinLifetime = filter.TryAccept("msteams", "a:1", "m1", out _);
        time.Advance(DuplicateFilter.Lifetime / 2 + TimeSpan.FromSeconds(1));
        var afterLifetime = filter.TryAccept("msteams", "a:1", "m1", out _);

        Assert.False(withinLifetime);
        Assert.True(afterLifetime);
    }

    [Fact]
    public void Forget_FailedTurn_LetsTheRetryRun()
    {
        var filter = new DuplicateFilter(new FakeTimeProvider());
        filter.TryAccept("msteams", "a:1", "m1", out var key);

        filter.Forget(key);

        Assert.True(filter.TryAccept("msteams", "a:1", "m1", out _));
    }

    [Fact]
    public void TryAccept_PastCapacity_StillRemembersTheRecentGeneration()
    {
        var filter = new DuplicateFilter(new FakeTimeProvider());
        for (var i = 0; i < DuplicateFilter.Capacity + 10; i++)
        {
            filter.TryAccept("webchat", "c", $"m{i}", out _);
        }

        Assert.False(filter.TryAccept("webchat", "c", $"m{DuplicateFilter.Capacity + 9}", out _));
        Assert.False(filter.TryAccept("webchat", "c", "m5", out _));
    }
}
