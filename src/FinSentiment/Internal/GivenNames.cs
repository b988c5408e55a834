namespace FinSentiment.Internal;

/// <summary>
/// Common given names, written out by FinSentiment contributors (MIT): a capitalised one right before a name that is also an
/// ordinary word makes it a person's surname ("Jane Ball said…", "Kevin Ford, an analyst, …"), not the company's name.
/// </summary>
internal static class GivenNames
{
    private static readonly WordSet Names = new(
        "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alice", "Alison", "Amanda", "Amy", "Andrea", "Andrew",
        "Andy", "Angela", "Ann", "Anna", "Anne", "Anthony", "Antonio", "Arthur", "Ashley", "Barbara", "Ben", "Benjamin", "Beth",
        "Bill", "Bob", "Brad", "Brandon", "Brian", "Bruce", "Bryan", "Carl", "Carlos", "Carol", "Caroline", "Catherine", "Charles",
        "Charlie", "Chris", "Christian", "Christina", "Christine", "Christopher", "Claire", "Colin", "Craig", "Dan", "Daniel",
        "Dave", "David", "Dean", "Deborah", "Dennis", "Diana", "Diane", "Donald", "Doug", "Douglas", "Ed", "Edward", "Elizabeth",
        "Ellen", "Emily", "Emma", "Eric", "Erik", "Frank", "Fred", "Gary", "George", "Gerald", "Gordon", "Grace", "Greg", "Gregory",
        "Hannah", "Harry", "Heather", "Helen", "Henry", "Ian", "Jack", "Jacob", "James", "Jamie", "Jane", "Janet", "Jason", "Jay",
        "Jean", "Jeff", "Jeffrey", "Jennifer", "Jeremy", "Jerry", "Jessica", "Jim", "Joan", "Joe", "John", "Jon", "Jonathan",
        "Jose", "Joseph", "Josh", "Joshua", "Judith", "Julia", "Julie", "Justin", "Karen", "Kate", "Katherine", "Kathy", "Keith",
        "Kelly", "Ken", "Kenneth", "Kevin", "Kim", "Kyle", "Larry", "Laura", "Lauren", "Lawrence", "Linda", "Lisa", "Louis",
        "Lucy", "Luis", "Marc", "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matt", "Matthew", "Megan", "Melissa",
        "Michael", "Michelle", "Mike", "Nancy", "Nathan", "Neil", "Nicholas", "Nick", "Nicole", "Oliver", "Pamela", "Patricia",
        "Patrick", "Paul", "Peter", "Philip", "Phil", "Rachel", "Ralph", "Raymond", "Rebecca", "Richard", "Rick", "Rob", "Robert",
        "Roger", "Ronald", "Rose", "Roy", "Russell", "Ruth", "Ryan", "Sam", "Samuel", "Sandra", "Sarah", "Scott", "Sean", "Sharon",
        "Simon", "Sophie", "Stephanie", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Thomas", "Tim", "Timothy", "Todd", "Tom",
        "Tony", "Victoria", "Vincent", "Walter", "Wayne", "William", "Zachary", "Ahmed", "Akira", "Amit", "Anil", "Carlo",
        "Chen", "Deepak", "Francesco", "François", "Giovanni", "Hans", "Hiroshi", "Javier", "Jorge", "Juan", "Klaus", "Li",
        "Lars", "Manuel", "Marco", "Mohamed", "Mohammed", "Pedro", "Pierre", "Rahul", "Raj", "Rajesh", "Ravi", "Sanjay", "Stefan",
        "Suresh", "Takeshi", "Vikram", "Wei", "Yuki", "Nikola", "Ivan", "Dmitry", "Sergei", "Olga", "Natalia", "Anders", "Sven",
        "Ingrid", "Howard", "Warren", "Gustavo", "Diego", "Alejandro", "Lucia", "Sofia", "Elena", "Priya", "Arjun", "Kenji", "Hyun");

    /// <summary>Whether <paramref name="word"/> is a capitalised given name.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && Names.Contains(word);
}
