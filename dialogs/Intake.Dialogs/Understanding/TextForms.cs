using System.Collections.Frozen;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// A language's typed forms: texting and contractions with the words they stand for ("cant" → can not, "xq" →
/// porque), and the few accented words whose accent changes their meaning ("sí" is yes, "si" is if).
/// </summary>
internal sealed record TextForms(FrozenDictionary<string, string[]> Texting, FrozenDictionary<string, string> Accented);
