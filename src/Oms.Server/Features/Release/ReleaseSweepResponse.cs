namespace Oms.Server.Features.Release;

public sealed record ReleaseSweepResponse(int Released, IReadOnlyList<string> Orders);
