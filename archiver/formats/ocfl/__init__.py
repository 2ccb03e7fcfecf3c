"""OCFL 1.0 / 1.1: storage layouts, inventories, validation."""
