namespace Intake.Bots.Delivery;

/// <summary>The channel's connector refused or failed a call, after the retries.</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string method)
        : base($"The channel answered {statusCode} to {method}.")
    {
        StatusCode = statusCode;
    }

    public ConnectorException(int statusCode, string method, Exception innerException)
        : base($"The channel's connector could not be reached for {method}.", innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the connector answered with; 0 when it could not be reached.</summary>
    public int StatusCode { get; }
}
