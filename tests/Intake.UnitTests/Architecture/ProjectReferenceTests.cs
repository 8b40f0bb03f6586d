using System.Reflection;

namespace Intake.UnitTests.Architecture;

/// <summary>
/// The projects reference each other one way (Schema ← Bots ← Bots.AspNetCore / Storage / Dialogs ← Web; Bots.AspNetCore ← DirectLine ← Web), and
/// the engine knows no HTTP: Schema, Bots and Dialogs reference no ASP.NET Core assembly.
/// </summary>
public sealed class ProjectReferenceTests
{
    // Each Intake assembly and the Intake assemblies it may reference.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Intake.Schema"] = [],
        ["Intake.Bots"] = ["Intake.Schema"],
        ["Intake.Bots.AspNetCore"] = ["Intake.Schema", "Intake.Bots"],
        ["Intake.Storage"] = ["Intake.Schema", "Intake.Bots"],
        ["Intake.Dialogs"] = ["Intake.Schema", "Intake.Bots"],
        ["Intake.DirectLine"] = ["Intake.Schema", "Intake.Bots", "Intake.Bots.AspNetCore"],
        ["Intake.Web"] = ["Intake.Schema", "Intake.Bots", "Intake.Bots.AspNetCore", "Intake.DirectLine", "Intake.Storage", "Intake.Dialogs"],
    };

    public static TheoryData<string> EngineAssemblies => ["Intake.Schema", "Intake.Bots", "Intake.Dialogs"];

    public static TheoryData<string> AllAssemblies => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(EngineAssemblies))]
    public void EngineAssembly_References_NoAspNetCore(string name)
    {
        var aspNetCore = References(name).Where(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();

        Assert.Empty(aspNetCore);
    }

    [Theory]
    [MemberData(nameof(AllAssemblies))]
    public void IntakeAssembly_References_OnlyTheProjectsBeneathIt(string name)
    {
        var intake = References(name).Where(r => r.StartsWith("Intake.", StringComparison.Ordinal)).ToList();

        Assert.All(intake, reference => Assert.Contains(reference, Allowed[name]));
    }

    [Fact]
    public void EngineAssembly_ReferencesCheck_SeesTheEdgeReferenceAspNetCore()
    {
        // The check above must be able to fail: the edge does reference ASP.NET Core.
        Assert.Contains(References("Intake.Bots.AspNetCore"), r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static IEnumerable<string> References(string assemblyName)
        => Assembly.Load(assemblyName).GetReferencedAssemblies().Select(r => r.Name ?? string.Empty);
}
