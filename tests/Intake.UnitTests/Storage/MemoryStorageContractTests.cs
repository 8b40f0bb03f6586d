using Intake.Bots.State;

namespace Intake.UnitTests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Store { get; } = new MemoryStorage();
}
