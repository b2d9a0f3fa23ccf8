namespace Oms.Server.Features.Network.Imports;

/// <summary>The <c>Oms:Imports</c> configuration section.</summary>
public sealed class ImportOptions
{
    /// <summary>Whether this node runs import jobs; a node that only serves the API sets it off. Any node answers progress.</summary>
    public bool RunWorker { get; set; } = true;
    /// <summary>Rows applied per transaction; progress is committed with each batch.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>How often a worker looks for jobs other nodes accepted (a job accepted by this node starts at once).</summary>
    public int PollSeconds { get; set; } = 10;
    /// <summary>A running job without a committed batch for this long is taken over by another node, after its last batch.</summary>
    public int StaleAfterSeconds { get; set; } = 120;
    /// <summary>The largest file accepted, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 16;
}
