"""benchmark stage."""
