namespace Oms.Ui.Components.Configuration;

/// <summary>What a PUT of a new version takes: the document itself, <c>{ document, comment }</c>, or the document's
/// <c>rules</c> with a comment (a channel allocation).</summary>
public enum ConfigBodyShape { Document, Wrapped, RulesAndComment }
