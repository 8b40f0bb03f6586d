namespace Intake.Bots.Auth;

/// <summary>The kinds of Azure Bot identity (<c>MicrosoftAppType</c>).</summary>
public enum ChannelAppType
{
    /// <summary>An app registration any tenant may use, with a client secret (the default).</summary>
    MultiTenant,

    /// <summary>An app registration of one tenant (<c>MicrosoftAppTenantId</c>), with a client secret.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity of the Azure host; no secret.</summary>
    UserAssignedMSI,
}
