using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>The real understanding files, loaded once as the host will load them.</summary>
internal static class UnderstandingData
{
    private static readonly Lazy<ClinicalReader> LazyReader = new(() => UnderstandingLoader.Load(Folder));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Content", "understanding");

    public static ClinicalReader Reader => LazyReader.Value;
}
