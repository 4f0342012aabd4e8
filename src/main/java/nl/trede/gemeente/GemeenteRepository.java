package nl.trede.gemeente;

import org.springframework.data.repository.ListCrudRepository;

interface GemeenteRepository extends ListCrudRepository<Gemeente, String> {
}
