namespace Oms.Server.Core.Commands;

/// <summary>Another command changed what this one read (a row it was about to create appeared): the bus runs it again.</summary>
public sealed class CommandRaceException(string message) : Exception(message);
