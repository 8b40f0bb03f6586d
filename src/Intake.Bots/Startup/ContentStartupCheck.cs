using Intake.Bots.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bots.Startup;

/// <summary>
/// Loads the content catalog while the host starts, so a missing key, a malformed file or a placeholder
/// mismatch stops the host with the file and line instead of failing a patient's first turn.
/// </summary>
internal sealed class ContentStartupCheck(IServiceProvider services) : IStartupCheck
{
    public void Check() => _ = services.GetRequiredService<ContentCatalog>();
}
