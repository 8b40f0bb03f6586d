namespace Intake.BrowserTests.Infrastructure;

/// <summary>The tests share one host and one browser, and run one at a time (two cores, one chromium).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
