"""`make bench`: our performance figures next to references measured in the same run."""
