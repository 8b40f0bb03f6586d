// The load benchmark (issue "Load benchmark") is built here; until then it only says so.
return 0;
