using System.ComponentModel.DataAnnotations;

namespace Intake.Dialogs;

/// <summary>Settings of the intake (section <c>Intake</c>).</summary>
public sealed class IntakeOptions : IValidatableObject
{
    public const string Section = "Intake";

    /// <summary>Where patients book a visit online; when set, the result's clinic card offers it beside the call button.</summary>
    public Uri? BookingUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BookingUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Intake:BookingUrl must be an absolute https:// address.", [nameof(BookingUrl)]);
        }
    }
}
