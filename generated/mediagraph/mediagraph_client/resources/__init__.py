"""One module per spec tag with that tag's resource classes, imported by the client on first use."""
