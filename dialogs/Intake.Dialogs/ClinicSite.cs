using System.ComponentModel.DataAnnotations;

namespace Intake.Dialogs;

/// <summary>
/// One of the clinic's sites, as configured (<c>Intake:Sites:N:…</c>): the result's clinic card offers a call to each,
/// with its address and opening hours. With no site configured the card calls the clinic group's main number.
/// </summary>
public sealed class ClinicSite
{
    /// <summary>The site's name as patients know it ("Primary Health Centers – Falls Church").</summary>
    [Required(ErrorMessage = "is required")]
    [StringLength(80, MinimumLength = 1, ErrorMessage = "must be 1 to 80 characters")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The phone number, as dialled: digits with an optional leading <c>+</c> and country code ("+17033548111").</summary>
    [Required(ErrorMessage = "is required")]
    [RegularExpression(@"^\+?[0-9]{7,15}$", ErrorMessage = "must be 7 to 15 digits with an optional leading +, as dialled (e.g. +17033548111)")]
    public string Phone { get; set; } = string.Empty;

    /// <summary>The number as it is written for people ("(703) 354-8111"); by default North American numbers are written that way and others as dialled.</summary>
    [StringLength(40, ErrorMessage = "must be at most 40 characters")]
    public string? PhoneDisplay { get; set; }

    /// <summary>The street address (optional).</summary>
    [StringLength(160, ErrorMessage = "must be at most 160 characters")]
    public string? Address { get; set; }

    /// <summary>The opening hours in the clinic's words ("Mon–Fri 8am–6pm, Sat 9am–1pm"; optional).</summary>
    [StringLength(160, ErrorMessage = "must be at most 160 characters")]
    public string? Hours { get; set; }

    /// <summary>Where patients book this site online (optional; https).</summary>
    public Uri? BookingUrl { get; set; }

    /// <summary>The <c>tel:</c> link the call button opens.</summary>
    public Uri CallUri => new($"tel:{(Phone.StartsWith('+') ? Phone : "+" + Phone)}");

    /// <summary>The number as people read it.</summary>
    public string Display => PhoneDisplay is { Length: > 0 } shown ? shown
        : Phone is ['+', '1', .. var rest] && rest.Length == 10 ? $"({rest[..3]}) {rest[3..6]}-{rest[6..]}"
        : Phone;
}
