namespace Oms.Ui.Components.Store;

/// <summary>A step a store reports on a fulfilment order: the API's verb, the button's words, the state reached, the confirmation.</summary>
public sealed record StoreStep(string Verb, string Title, string Done, string Text);
