namespace Oms.Server.Core.Commands;

/// <summary>
/// One use case. Runs inside the command bus's transaction: loads through the context, acts on aggregates, plans stock
/// changes; the bus applies them, writes the outbox and commits once. Must not save or commit itself.
/// </summary>
public interface ICommandHandler<in TCommand, TResult> where TCommand : ICommand<TResult>
{
    Task<TResult> HandleAsync(TCommand command, CommandContext context, CancellationToken ct);
}
