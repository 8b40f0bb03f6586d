using System.ComponentModel.DataAnnotations;

namespace Intake.Dialogs;

/// <summary>Settings of the intake (section <c>Intake</c>).</summary>
public sealed class IntakeOptions : IValidatableObject
{
    public const string Section = "Intake";

    /// <summary>The most sites the result's clinic card lists (one call button each).</summary>
    public const int MaxSites = 5;

    /// <summary>Where patients book a visit online; when set, the result's clinic card offers it beside the call button (a site's own link wins).</summary>
    public Uri? BookingUrl { get; set; }

    /// <summary>The clinic's sites (<c>Intake:Sites:0:Name</c>, <c>…:Phone</c>, <c>…:Address</c>, <c>…:Hours</c>, <c>…:BookingUrl</c>); none: the group's main number.</summary>
    public List<ClinicSite> Sites { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BookingUrl is { } url && !IsHttps(url))
        {
            yield return new ValidationResult("Intake:BookingUrl must be an absolute https:// address.", [nameof(BookingUrl)]);
        }

        if (Sites.Count > MaxSites)
        {
            yield return new ValidationResult($"Intake:Sites lists {Sites.Count} sites; the result's card shows at most {MaxSites}.", [nameof(Sites)]);
        }

        for (var i = 0; i < Sites.Count; i++)
        {
            var site = Sites[i];
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(site, new ValidationContext(site), results, validateAllProperties: true);
            foreach (var result in results)
            {
                var member = result.MemberNames.FirstOrDefault() ?? "?";
                yield return new ValidationResult($"Intake:Sites:{i}:{member} {result.ErrorMessage}.", [nameof(Sites)]);
            }

            if (site.BookingUrl is { } booking && !IsHttps(booking))
            {
                yield return new ValidationResult($"Intake:Sites:{i}:BookingUrl must be an absolute https:// address.", [nameof(Sites)]);
            }
        }
    }

    private static bool IsHttps(Uri url) => url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps;
}
