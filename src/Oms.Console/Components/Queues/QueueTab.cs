namespace Oms.Ui.Components.Queues;

/// <summary>A queue shown as a tab: its key (a hold kind in the API's spelling, or the queue's name) and its title.</summary>
public sealed record QueueTab(string Key, string Title);
