"""Qt item models that adapt core objects; they hold no data of their own beyond a row cache."""
