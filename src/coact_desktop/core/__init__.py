"""Qt-free core: domain, storage, search and the services the GUI and CLI share."""
