namespace Oms.Server.Features.Connectors.X12;

/// <summary>One side of an exchange: its ISA qualifier and id (ISA05/06 or 07/08) and its GS application id.</summary>
public sealed record X12Party(string Qualifier, string IsaId, string GsId);
