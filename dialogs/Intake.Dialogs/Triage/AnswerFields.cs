using Intake.Dialogs.Flow;

namespace Intake.Dialogs.Triage;

/// <summary>The answers the triage rules may name, by their question's step id: read from the question table's rows.</summary>
internal static class AnswerFields
{
    /// <summary>The fields of <see cref="IntakeQuestions.All"/>.</summary>
    public static readonly IReadOnlyDictionary<string, AnswerField> ByName = From(IntakeQuestions.All);

    /// <summary>The fields of the questions the rules may name, in the table's order.</summary>
    public static IReadOnlyDictionary<string, AnswerField> From(IEnumerable<IntakeQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var fields = new Dictionary<string, AnswerField>(StringComparer.Ordinal);
        foreach (var question in questions.Where(q => q.InTriage))
        {
            if (question.Answer.Name != question.Step)
            {
                throw new InvalidOperationException($"The question '{question.Step}' reads its answer as '{question.Answer.Name}': a field is named after its question.");
            }

            fields.Add(question.Step, question.Answer);
        }

        return fields;
    }
}
