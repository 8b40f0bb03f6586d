using Intake.Bots.Content;
using Intake.Dialogs.Understanding;

namespace Intake.Dialogs.Flow;

/// <summary>What a question's prompt is built from: the content (labels, synonyms, re-prompts) and the understanding layer that reads typed answers.</summary>
internal sealed record QuestionSources(ContentCatalog Content, ClinicalReader Reader);
