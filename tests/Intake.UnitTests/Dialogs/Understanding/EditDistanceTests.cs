using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("breath", "breathe")]
    [InlineData("numbess", "numbness")]
    [InlineData("respirrar", "respirar")]
    [InlineData("cehst", "chest")]
    [InlineData("fevre", "fever")]
    [InlineData("chest", "chest")]
    public void IsWithinOne_OneEditOrNone_IsTrue(string a, string b)
        => Assert.True(EditDistance.IsWithinOne(a, b));

    [Theory]
    [InlineData("breast", "breath")]
    [InlineData("chest", "cheats")]
    [InlineData("fever", "feet")]
    public void IsWithinOne_TwoEdits_IsFalse(string a, string b)
        => Assert.False(EditDistance.IsWithinOne(a, b));
}
