package emulator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// PermissionCatalogue is an org's own permission catalogue, loaded in the shape
// GET /api/v2/authorization/permissions answers it, so that the emulator accepts exactly the
// policies that org would store (Options.PermissionCatalogue, the -permissions-file flag).
type PermissionCatalogue struct{ cols permissionCatalogue }

// Len is the number of permissions (domain:entity:action) in the catalogue.
func (pc *PermissionCatalogue) Len() int {
	n := 0
	for _, col := range pc.cols {
		for _, perms := range col.PermissionMap {
			n += len(perms)
		}
	}
	return n
}

// ReadPermissionCatalogue reads a catalogue file; see ParsePermissionCatalogue for its shape.
func ReadPermissionCatalogue(path string) (*PermissionCatalogue, error) {
	b, err := os.ReadFile(path) //nolint:gosec // the path is the operator's own flag
	if err != nil {
		return nil, fmt.Errorf("read permission catalogue: %w", err)
	}
	pc, err := ParsePermissionCatalogue(b)
	if err != nil {
		return nil, fmt.Errorf("permission catalogue %s: %w", path, err)
	}
	return pc, nil
}

// ParsePermissionCatalogue parses what GET /api/v2/authorization/permissions answers: one
// PermissionCollectionEntityListing ({"entities": [...], "pageSize": ...}), or several of them one
// after the other (every page of the export saved into one file), or a bare JSON array of
// DomainPermissionCollection. Collections of the same domain are merged, and a permission's domain
// and entityType default to its collection's domain and permissionMap key, which real answers
// repeat but a hand-written file may leave out.
func ParsePermissionCatalogue(data []byte) (*PermissionCatalogue, error) {
	var cols []permissionCollection
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not JSON: %w", err)
		}
		page, err := decodeCataloguePage(raw)
		if err != nil {
			return nil, err
		}
		cols = append(cols, page...)
	}
	pc := mergeCollections(cols)
	if len(pc) == 0 {
		return nil, errors.New("no permissions: expected the answer of GET /api/v2/authorization/permissions")
	}
	return &PermissionCatalogue{cols: pc}, nil
}

// decodeCataloguePage decodes one listing page or one bare array of collections.
func decodeCataloguePage(raw json.RawMessage) ([]permissionCollection, error) {
	var cols []permissionCollection
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(raw, &cols); err != nil {
			return nil, fmt.Errorf("array of permission collections: %w", err)
		}
		return cols, nil
	}
	var page struct {
		Entities *[]permissionCollection `json:"entities"`
	}
	if err := json.Unmarshal(raw, &page); err != nil || page.Entities == nil {
		return nil, errors.New(`expected a listing with "entities", or an array of permission collections`)
	}
	return *page.Entities, nil
}

// mergeCollections merges collections by domain, fills what an entry may leave out, drops
// duplicate permissions, and sorts domains, and each entity's actions.
func mergeCollections(cols []permissionCollection) permissionCatalogue {
	byDomain := map[string]*permissionCollection{}
	for _, col := range cols {
		if col.Domain == "" {
			continue
		}
		into := byDomain[col.Domain]
		if into == nil {
			into = &permissionCollection{
				ID: col.Domain, Name: col.Domain, Domain: col.Domain,
				PermissionMap: map[string][]domainPermission{},
				SelfURI:       "/api/v2/authorization/permissions/" + col.Domain,
			}
			byDomain[col.Domain] = into
		}
		for entity, perms := range col.PermissionMap {
			for _, p := range perms {
				p.Domain, p.EntityType = col.Domain, entity
				if p.Action == "" || slices.ContainsFunc(into.PermissionMap[entity], func(q domainPermission) bool { return q.Action == p.Action }) {
					continue
				}
				if p.Label == "" {
					p.Label = strings.ToUpper(p.Action[:1]) + p.Action[1:]
				}
				into.PermissionMap[entity] = append(into.PermissionMap[entity], p)
			}
		}
	}
	var out permissionCatalogue
	for _, col := range byDomain {
		for entity, perms := range col.PermissionMap {
			slices.SortFunc(perms, func(a, b domainPermission) int { return strings.Compare(a.Action, b.Action) })
			col.PermissionMap[entity] = perms
		}
		if len(col.PermissionMap) > 0 {
			out = append(out, *col)
		}
	}
	slices.SortFunc(out, func(a, b permissionCollection) int { return strings.Compare(a.Domain, b.Domain) })
	return out
}
