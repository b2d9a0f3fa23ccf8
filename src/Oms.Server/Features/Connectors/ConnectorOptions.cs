namespace Oms.Server.Features.Connectors;

/// <summary>Configuration section <c>Connectors</c>.</summary>
public sealed class ConnectorOptions
{
    /// <summary>How often available-to-sell changes are pushed to the channels.</summary>
    public int AvailabilitySeconds { get; set; } = 10;

    /// <summary>
    /// Stock rows changed this long before the last look are looked at again (a transaction that committed late, clocks of
    /// several nodes); only quantities that differ from what the channel was told are sent, so the overlap costs reads only.
    /// </summary>
    public int AvailabilityOverlapSeconds { get; set; } = 120;

    /// <summary>How often the poll job checks which pull connectors are due (each polls every settings.pollSeconds).</summary>
    public int PollCheckSeconds { get; set; } = 5;

    /// <summary>How long a call to a channel may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The largest webhook body accepted.</summary>
    public int MaxWebhookKilobytes { get; set; } = 2048;
}
