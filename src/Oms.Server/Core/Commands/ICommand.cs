namespace Oms.Server.Core.Commands;

/// <summary>A use case's input; <typeparamref name="TResult"/> is what its handler returns.</summary>
public interface ICommand<TResult>;
