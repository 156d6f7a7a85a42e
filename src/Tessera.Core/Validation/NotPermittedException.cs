namespace Tessera.Core.Validation;

/// <summary>Thrown when a caller asks for a change their agency or role does not allow. The web layer turns it into 403/404.</summary>
public sealed class NotPermittedException(string message) : Exception(message);
